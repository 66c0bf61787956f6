export declare const DESKTOP_QUERY: string;
export declare const STARTED_STYLES_ATTRIBUTE: string;
export declare const DEFERRED_MARKUP_ATTRIBUTE: string;
