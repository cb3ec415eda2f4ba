// The code-split chunk of natural breaks (natural-breaks.ts loads it).
export {default as ckmeans} from 'simple-statistics/ckmeans';
