// `node --import ./bench/loaders/text.mjs`: imports .md and .html files as strings in Node, as wrangler's Text rule does in the Worker.
import { register } from 'node:module';

register('./text-hooks.mjs', import.meta.url);
