// The phone layout's breakpoint, for script: the same width as the `@media (max-width: 700px)` rules of
// styles.css and the components (CSS cannot import it).
export const PHONE_MEDIA = '(max-width: 700px)';
