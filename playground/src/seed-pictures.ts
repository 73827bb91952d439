/**
 * Generated stand-ins for the article's photographs: the agencies' images are not ours to ship,
 * their credits are. Each picture is drawn as SVG and rendered to JPEG by sharp, so it looks
 * deliberate (an aerial view in fog, a building with a flag, a village under smoke) rather than a
 * grey box, at 1200 × 675 so Strapi generates every responsive format from it.
 */
export const PICTURE_WIDTH = 1200;
export const PICTURE_HEIGHT = 675;

/** A small deterministic generator, so the seed draws the same picture on every run. */
const randomFrom = (seed: number) => () => {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return seed / 4294967296;
};

const svg = (defs: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_WIDTH}" height="${PICTURE_HEIGHT}" viewBox="0 0 ${PICTURE_WIDTH} ${PICTURE_HEIGHT}"><defs>${defs}</defs>${body}</svg>`;

/** A city seen from above: street grid, blocks of roofs, a rail line and a river, under morning fog. */
const aerialCity = () => {
  const random = randomFrom(7);
  const blocks: string[] = [];
  for (let x = -40; x < PICTURE_WIDTH; x += 92) {
    for (let y = -30; y < PICTURE_HEIGHT; y += 78) {
      const roofs = 2 + Math.floor(random() * 3);
      for (let i = 0; i < roofs; i += 1) {
        const w = 18 + random() * 34;
        const h = 14 + random() * 26;
        const shade = 120 + Math.floor(random() * 60);
        const ruined = random() < 0.22;
        blocks.push(
          `<rect x="${(x + 8 + random() * (70 - w)).toFixed(0)}" y="${(y + 8 + random() * (58 - h)).toFixed(0)}" width="${w.toFixed(0)}" height="${h.toFixed(0)}" fill="rgb(${shade},${shade - 6},${shade - 14})"${ruined ? ' fill-opacity="0.45" stroke="#3b3630" stroke-dasharray="3 2"' : ''}/>`
        );
      }
    }
  }
  return svg(
    `<linearGradient id="fog" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f1f0ea" stop-opacity="0.85"/><stop offset="0.45" stop-color="#e9e7df" stop-opacity="0.35"/><stop offset="1" stop-color="#dcdad2" stop-opacity="0.7"/></linearGradient>
     <pattern id="field" width="14" height="14" patternUnits="userSpaceOnUse" patternTransform="rotate(24)"><rect width="14" height="14" fill="#7d8462"/><rect width="7" height="14" fill="#747b59"/></pattern>`,
    `<rect width="1200" height="675" fill="#8a8c78"/>
     <path d="M0 520 L1200 610 L1200 675 L0 675Z" fill="url(#field)"/>
     <g transform="rotate(-8 600 330)">${blocks.join('')}
       <g stroke="#b9b4a6" stroke-width="7">${Array.from({ length: 14 }, (_, i) => `<line x1="${-40 + i * 92}" y1="-80" x2="${-40 + i * 92}" y2="760"/>`).join('')}${Array.from({ length: 10 }, (_, i) => `<line x1="-80" y1="${-30 + i * 78}" x2="1280" y2="${-30 + i * 78}"/>`).join('')}</g>
       <line x1="-80" y1="312" x2="1280" y2="312" stroke="#d8d2c2" stroke-width="16"/>
       <line x1="-80" y1="352" x2="1280" y2="352" stroke="#4d4a45" stroke-width="4" stroke-dasharray="10 6"/>
     </g>
     <path d="M-20 640 C 260 560, 420 660, 700 590 S 1100 560, 1230 620" stroke="#5f7f8c" stroke-width="22" fill="none" opacity="0.85"/>
     <rect width="1200" height="675" fill="url(#fog)"/>`
  );
};

/** An administrative building at dawn, its roof line broken, a flag raised over the entrance. */
const buildingWithFlag = () => {
  const columns = Array.from({ length: 8 }, (_, i) => `<rect x="${395 + i * 52}" y="330" width="20" height="190" fill="#2f3338"/>`).join('');
  const windows = [170, 860]
    .flatMap((wing) => [0, 1, 2].flatMap((row) => Array.from({ length: 6 }, (_, i) => `<rect x="${wing + i * 30}" y="${330 + row * 60}" width="14" height="30" fill="#474c52"/>`)))
    .join('');
  return svg(
    `<linearGradient id="dawn" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#39475c"/><stop offset="0.6" stop-color="#b9a08a"/><stop offset="1" stop-color="#e4c9a6"/></linearGradient>
     <linearGradient id="smoke" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#6b6660" stop-opacity="0"/><stop offset="0.5" stop-color="#6b6660" stop-opacity="0.5"/><stop offset="1" stop-color="#6b6660" stop-opacity="0"/></linearGradient>`,
    `<rect width="1200" height="675" fill="url(#dawn)"/>
     <ellipse cx="980" cy="170" rx="260" ry="60" fill="url(#smoke)"/>
     <path d="M150 520 L150 300 L360 300 L360 250 L840 250 L840 300 L1050 300 L1050 520Z" fill="#262a2f"/>
     <path d="M700 250 L760 250 L745 272 L730 258 L715 276Z" fill="url(#dawn)"/>
     ${windows}
     <rect x="380" y="310" width="440" height="20" fill="#353a40"/>${columns}
     <rect x="596" y="110" width="6" height="142" fill="#1d2024"/>
     <path d="M602 114 C 640 104, 668 126, 706 116 L706 150 C 668 160, 640 138, 602 148Z" fill="#1f5fb4"/>
     <path d="M602 148 C 640 138, 668 160, 706 150 L706 184 C 668 194, 640 172, 602 182Z" fill="#f2c400"/>
     <rect x="0" y="520" width="1200" height="155" fill="#3a3733"/>
     <path d="M0 560 L1200 540 L1200 675 L0 675Z" fill="#2c2a27"/>
     <path d="M60 560 l30 -22 l24 10 l26 -18 l40 30Z M900 548 l44 -30 l20 14 l34 -10 l30 26Z" fill="#4a4641"/>`
  );
};

/** A village on the horizon under columns of smoke, an empty field and a track in front. */
const villageUnderSmoke = () => {
  const random = randomFrom(11);
  const houses = Array.from({ length: 11 }, (_, i) => {
    const x = 70 + i * 100 + random() * 30;
    const w = 44 + random() * 26;
    return `<path d="M${x.toFixed(0)} 430 v-34 l${(w / 2).toFixed(0)} -22 l${(w / 2).toFixed(0)} 22 v34Z" fill="#2b2d2a"/>`;
  }).join('');
  const plume = (x: number, scale: number) =>
    `<g transform="translate(${x} 420) scale(${scale})" fill="#4f4d4a" opacity="0.8">${[0, 1, 2, 3, 4]
      .map((i) => `<circle cx="${(i * 18 + Math.sin(i) * 14).toFixed(0)}" cy="${-40 - i * 55}" r="${34 + i * 14}"/>`)
      .join('')}</g>`;
  return svg(
    `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8d9299"/><stop offset="1" stop-color="#cfcac0"/></linearGradient>
     <pattern id="furrows" width="1200" height="12" patternUnits="userSpaceOnUse"><rect width="1200" height="12" fill="#6c6a4f"/><rect y="8" width="1200" height="4" fill="#5e5c44"/></pattern>`,
    `<rect width="1200" height="675" fill="url(#sky)"/>
     ${plume(300, 1)}${plume(760, 1.3)}${plume(980, 0.7)}
     <circle cx="770" cy="418" r="26" fill="#e0782c" opacity="0.85"/>
     <path d="M0 440 C 200 410, 420 425, 600 418 S 1000 405, 1200 430 L1200 450 L0 450Z" fill="#3d4038"/>
     ${houses}
     <rect y="430" width="1200" height="245" fill="url(#furrows)"/>
     <path d="M540 675 C 580 560, 640 500, 700 432 L716 432 C 680 500, 660 580, 690 675Z" fill="#8b7f66"/>`
  );
};

const PICTURES: Record<string, () => string> = {
  'pokrovsk-aerial-fog': aerialCity,
  'skelya-city-council-flag': buildingWithFlag,
  'village-near-pokrovsk-under-fire': villageUnderSmoke,
};

/** The picture drawn for a seed image's key; images the seed adds later get the aerial view. */
export async function seedPictureJpeg(key: string): Promise<Buffer> {
  const sharp = require('sharp');
  const draw = PICTURES[key] ?? aerialCity;
  return sharp(Buffer.from(draw())).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
}
