import { version } from '../package.json';

/** The API's version: the one in package.json, stated nowhere else. */
export const API_VERSION = version;
