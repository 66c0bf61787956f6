/**
 * `validateWindowsSecurityContextOptions` for runAsUserName (Kubernetes `validateWindowsSecurityContextOptions`), with Kubernetes'
 * exact detail texts. Lengths are Go `len()`, i.e. UTF-8 bytes.
 */

const MAX_DOMAIN_BYTES = 256;
const MAX_USER_BYTES = 104;
// eslint-disable-next-line no-control-regex -- POSIX [[:cntrl:]]: exactly what Kubernetes rejects.
const controlCharacters = /[\x00-\x1f\x7f]/;
const netBiosDomain = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/u;
const dnsDomain =
  /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const onlyDotsAndSpaces = /^[. ]+$/;
const forbiddenUserCharacters = /["/\\:;|=,+*?<>@[\]]/;

/** The message for a user part with a forbidden character (the characters are listed verbatim). */
export const RUN_AS_USER_NAME_CHARACTERS_MESSAGE =
  'runAsUserName\'s User cannot contain the following characters: "/\\:;|=,+*?<>@[]';

const encoder = new TextEncoder();

function byteLength(value: string): number {
  return encoder.encode(value).length;
}

/** All detail texts the API server reports for a runAsUserName; [] when valid. */
export function runAsUserNameErrors(value: string): string[] {
  if (value.length === 0) return ['runAsUserName cannot be an empty string'];
  if (controlCharacters.test(value)) return ['runAsUserName cannot contain control characters'];
  const parts = value.split('\\');
  if (parts.length > 2) return ['runAsUserName cannot contain more than one backslash'];

  const hasDomain = parts.length === 2;
  const domain = hasDomain ? (parts[0] ?? '') : '';
  const user = (hasDomain ? parts[1] : parts[0]) ?? '';
  const errors: string[] = [];
  if (byteLength(domain) >= MAX_DOMAIN_BYTES) {
    errors.push("runAsUserName's Domain length must be under 256 characters");
  }
  if (hasDomain && !(netBiosDomain.test(domain) || dnsDomain.test(domain))) {
    errors.push("runAsUserName's Domain doesn't match the NetBios nor the DNS format");
  }
  if (user.length === 0) {
    errors.push("runAsUserName's User cannot be empty");
  } else if (byteLength(user) > MAX_USER_BYTES) {
    errors.push("runAsUserName's User length must not be longer than 104 characters");
  }
  if (onlyDotsAndSpaces.test(user)) {
    errors.push("runAsUserName's User cannot contain only periods or spaces");
  }
  if (forbiddenUserCharacters.test(user)) errors.push(RUN_AS_USER_NAME_CHARACTERS_MESSAGE);
  return errors;
}
