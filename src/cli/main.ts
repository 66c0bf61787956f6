#!/usr/bin/env node
/** Command-line entry: the same pure core as the app, for CI use. */
const USAGE = `usage: hostprocess-pod-builder <command> [options] FILE…

commands:
  lint [--format text|json|github|sarif] [--json] [--containerd 1.6|1.7+] [--kubernetes 1.NN]
       [--windows 2019|2022|2025] FILE…
                     validate manifests ('-' = stdin); --json is --format json
  lint --fix FILE    print FILE with every safe fix applied
  fmt FILE           print the YAML the app would download
  advise [--need ID]… FILE
                     smallest account for the workload's needs
  --version          print versions`;

// A reader that stops early (`| head`) closes the pipe: end quietly with the result so far, as
// Unix tools do, instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'lint': {
      const { runLint } = await import('./lint');
      return runLint(rest);
    }
    case 'advise': {
      const { runAdvise } = await import('./advise');
      return runAdvise(rest);
    }
    case 'fmt': {
      const { runFmt } = await import('./fmt');
      return runFmt(rest);
    }
    case '--version':
    case 'version': {
      const { runVersion } = await import('./version');
      return runVersion();
    }
    default:
      process.stderr.write(`${USAGE}\n`);
      return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
