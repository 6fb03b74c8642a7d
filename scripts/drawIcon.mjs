// Draws images/icon.png (128×128): three lines of a config file on a rounded teal tile, the middle one checked.
// Our own drawing, written as raw PNG with zlib so no image library is needed:
//   node scripts/drawIcon.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

const size = 128;
const teal = [19, 94, 110, 255];
const white = [240, 246, 247, 255];
const green = [120, 214, 140, 255];
const clear = [0, 0, 0, 0];

function inRoundedSquare(x, y, radius) {
	const cx = Math.min(Math.max(x, radius), size - 1 - radius);
	const cy = Math.min(Math.max(y, radius), size - 1 - radius);
	return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function inBar(x, y, top, left, right) {
	return y >= top && y < top + 12 && x >= left && x < right;
}

/** A check mark: two thick strokes meeting at the bottom. */
function inCheck(x, y) {
	const near = (ax, ay, bx, by) => {
		const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
		return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= 5;
	};
	return near(86, 62, 96, 72) || near(96, 72, 112, 50);
}

function pixel(x, y) {
	if (!inRoundedSquare(x, y, 22)) return clear;
	if (inCheck(x, y)) return green;
	if (inBar(x, y, 30, 20, 100) || inBar(x, y, 58, 20, 76) || inBar(x, y, 86, 20, 92)) return white;
	return teal;
}

function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

const rows = [];
for (let y = 0; y < size; y++) rows.push(Buffer.from([0, ...Array.from({ length: size }, (_, x) => pixel(x, y)).flat()]));
const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.set([8, 6, 0, 0, 0], 8);
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(join(import.meta.dirname, '..', 'images', 'icon.png'), png);
