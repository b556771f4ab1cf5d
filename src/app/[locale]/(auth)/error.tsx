'use client';

// Inside the group's layout, so the page keeps its header (the [locale] one would replace the layout).
export { default } from '../error';
