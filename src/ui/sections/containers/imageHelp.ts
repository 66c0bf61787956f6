/** The Image field's helper text when it has no finding to show. */
export const IMAGE_HELP = 'Any Windows image works; the HostProcess base image is the smallest.';
