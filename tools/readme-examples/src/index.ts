export { extractExamples, type ReadmeExample } from './extract-examples.js';
export { runReadmeExamples, type ExampleResult, type RunOptions } from './run-readme-examples.js';
