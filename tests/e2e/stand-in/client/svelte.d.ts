// The stand-in's Svelte component, compiled by the stand-in server's bundler (server.ts).
declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component<Record<string, unknown>, Record<string, unknown>>;
  export default component;
}
