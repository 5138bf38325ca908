export { extractExamples, type ReadmeExample } from './extract-examples.js';
export { type ExampleResult, type RunOptions, runReadmeExamples } from './run-readme-examples.js';
