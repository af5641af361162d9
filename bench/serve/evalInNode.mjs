// Child process for the startup cross-check: imports one module in a fresh Node (same V8 as workerd) and prints the milliseconds.
const start = performance.now();
await import(process.argv[2]);
process.stdout.write(String(performance.now() - start));
