#!/usr/bin/env node
/** `npm run review`: every held figure and unplaced article in content/, with what to do about each. */
import { resolve } from 'node:path';
import { formatReviewList, reviewList } from '../src/lib/content/review.ts';

console.log(formatReviewList(reviewList(resolve(process.argv[2] ?? 'content'))));
