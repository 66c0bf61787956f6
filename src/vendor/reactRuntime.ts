// React ships as CommonJS, whose code runs when first required: without this module that is in
// the middle of the app's own start-up task. vite.config.ts puts this module in the React chunk,
// which the page's loader runs in a task of its own (scripts/prerender.mjs).
import 'react';
import 'react/jsx-runtime';
import 'react-dom/client';
