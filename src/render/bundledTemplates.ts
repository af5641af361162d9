// The templates in templates/, bundled into the Worker as strings.

import actor from '../../templates/actor.md';
import embed from '../../templates/embed.html';
import error from '../../templates/error.md';
import index from '../../templates/index.md';
import layout from '../../templates/layout.html';
import quote from '../../templates/partials/quote.md';
import search from '../../templates/search.md';
import source from '../../templates/source.html';
import topic from '../../templates/topic.md';
import type { Templates } from './templates';

export const bundledTemplates: Templates = { layout, index, actor, topic, search, error, source, embed, partials: { quote } };
