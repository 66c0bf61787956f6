export declare const DESKTOP_QUERY: string;
