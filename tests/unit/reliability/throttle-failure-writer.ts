/**
 * A child process for the throttle test: counts `count` wrong attempts on one throttle
 * file, as the app and the admin CLI do, while other processes do the same.
 */
import { recordFailure } from '../../../src/main/store/vault/unlock-throttle';

const [file, count, at] = process.argv.slice(2) as [string, string, string];
for (let i = 0; i < Number(count); i++) recordFailure(file, new Date(at));
