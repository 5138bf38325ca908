/**
 * Common given names and surnames (US, UK, Canada, Australia), lower case.
 * Used only as value evidence: a column where many values are known names is
 * probably a name column. The lists are general knowledge, not a census file,
 * so absence of a name means nothing.
 */
export const givenNames: ReadonlySet<string> = new Set(
  `aaron abigail adam adrian aiden alan albert alex alexander alexandra alexis alice alicia allison amanda amber amelia
  amy andrea andrew angela anna anne anthony april aria arthur ashley aubrey audrey austin ava barbara benjamin beth
  betty beverly billy bobby bonnie brandon brenda brian brianna brittany brooke bruce bryan caleb cameron carl carla carlos
  carol caroline carolyn carter catherine charles charlie charlotte chelsea cheryl chloe chris christian christina
  christine christopher cindy claire clara cody colin connor courtney craig crystal cynthia daisy dale dana daniel
  danielle david dawn dean deborah debra denise dennis derek diana diane donald donna dorothy douglas dylan edward
  eleanor elena elijah elizabeth ella ellie emily emma eric erica erin ethan eugene eva evelyn ezra frances frank gabriel
  gabriella gary george gerald gloria grace gregory hailey hannah harold harper harry heather helen henry holly hudson
  ian isaac isabel isabella isla jack jackson jacob jacqueline jake james jamie jane janet janice jason jayden jean
  jeffrey jennifer jeremy jerry jesse jessica jill joan joe john johnny jonathan jordan jose joseph joshua joyce juan
  judith judy julia julie justin karen katherine kathleen kathryn kathy katie kayla keith kelly kenneth kevin kimberly
  kyle laura lauren leah lee leo levi liam lillian lily linda lisa logan lori louis lucas lucy luke luna madison
  margaret maria marie marilyn mark martha martin mary mason mateo matthew maya megan melissa mia michael michelle
  mila natalie nathan nicholas nicole noah nora olivia oliver owen pamela patricia patrick paul peter philip phillip
  rachel ralph randy raymond rebecca riley robert roger ronald rose ruby russell ruth ryan samantha samuel sandra
  sara sarah scarlett scott sean sebastian sharon shirley sofia sophia sophie stella stephanie stephen steven susan
  teresa terry theodore theresa thomas timothy tina todd tyler valerie victoria vincent violet virginia walter wayne
  william willow wyatt zachary zoe zoey lachlan jack oscar harrison angus hamish mitchell jessica chloe tahlia
  isabelle ruby matilda indiana jasmine kaitlyn kiara bailey brodie jai riley blake cooper archie lincoln flynn`
    .split(/\s+/)
    .filter(Boolean),
);

export const surnames: ReadonlySet<string> = new Set(
  `smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson anderson
  thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson walker young
  allen king wright scott torres nguyen hill flores green adams nelson baker hall rivera campbell mitchell carter
  roberts gomez phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales murphy cook rogers
  gutierrez ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez
  wood james bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long ross foster jimenez
  powell jenkins perry russell sullivan bell coleman butler henderson barnes gonzales fisher vasquez simmons romero
  jordan patterson alexander hamilton graham reynolds griffin wallace moreno west cole hayes bryant herrera gibson
  ellis tran medina aguilar stevens murray ford castro marshall owens harrison fernandez mcdonald woods washington
  kennedy wells vargas henry chen freeman webb tucker guzman burns crawford olson simpson porter hunter gordon mendez
  silva shaw snyder mason dixon munoz hunt hicks holmes palmer wagner black robertson boyd rose stone salazar fox
  warren mills meyer rice schmidt garza daniels ferguson nichols stephens soto weaver ryan gardner payne grant dunn
  kelley spencer hawkins arnold pierce vazquez hansen peters santos hart bradley knight elliott cunningham duncan
  armstrong hudson carroll lane riley andrews alvarado ray delgado berry perkins hoffman johnston matthews pena
  richards willis carpenter lawrence sandoval singh obrien o'brien mccarthy byrne ryan walsh odonnell o'connor
  murphy smyth brown wilson thompson campbell stewart anderson macdonald scott reid ross clarke harrington waller`
    .split(/\s+/)
    .filter(Boolean),
);
