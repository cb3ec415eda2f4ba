/// <reference types="vite/client" />

declare module 'virtual:kg-shipped-data-url' {
  const url: string;
  export default url;
}
