// Templates are imported as strings: wrangler's Text rule in the Worker, a small Vite plugin in Node tests.

declare module '*.md' {
  const text: string;
  export default text;
}

declare module '*.html' {
  const text: string;
  export default text;
}
