/** Where commands write: stdout for results, stderr for progress and errors (so JSON stays clean). */
export interface Output {
  print(text: string): void;
  progress(text: string): void;
  error(text: string): void;
}

export const consoleOutput: Output = {
  print: (text) => process.stdout.write(`${text}\n`),
  progress: (text) => process.stderr.write(`${text}\n`),
  error: (text) => process.stderr.write(`${text}\n`),
};
