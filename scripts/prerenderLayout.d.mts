export declare const DESKTOP_QUERY: string;
export declare const STARTED_STYLES_ATTRIBUTE: string;
