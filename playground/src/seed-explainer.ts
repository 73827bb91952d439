/**
 * The seed's data shapes (seed/pokrovsk.json) and how an explainer's seed becomes the Document
 * Service data of one edition: the same builder serves English and every translated edition.
 */
export type SeedImage = {
  key: string;
  fileName: string;
  placeholderLabel: string;
  caption: string;
  credit: string;
  creator?: string;
  copyrightHolder?: string;
  sourceKind: string;
  altText: string;
  usageNote?: string;
};
export type SeedBlock =
  | { type: 'text'; paragraphs: string[] }
  | { type: 'section'; question: string }
  | { type: 'image'; image: string }
  | { type: 'map'; map: string; caption?: string }
  | { type: 'claim'; claim: string }
  | { type: 'quote'; text: string; speaker?: string; attribution?: string; sourceUrl?: string };
export type LinkKind = 'contradicts' | 'supports' | 'updates';
export type ExplainerSeed = {
  actors: ({ key: string; name: string } & Record<string, unknown>)[];
  images: SeedImage[];
  maps: ({ key: string; title: string; geojsonFile: string } & Record<string, unknown>)[];
  claims: ({ key: string; statement: string; claimant: string; links?: Partial<Record<LinkKind, string[]>> } & Record<string, unknown>)[];
  explainer: { slug: string; heroImage: string; body: SeedBlock[] } & Record<string, unknown>;
};

/** Document ids of the seeded records by seed key (one document per record, whatever its editions), and upload file ids. */
export type SeededIds = {
  actors: Record<string, string>;
  maps: Record<string, string>;
  claims: Record<string, string>;
  files: Record<string, number>;
};

const paragraphsToBlocks = (paragraphs: string[]) => paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

export const creditedImage = ({ caption, credit, creator, copyrightHolder, sourceKind, usageNote, altText }: SeedImage, fileId: number) => ({
  image: fileId,
  caption,
  credit,
  creator,
  copyrightHolder,
  sourceKind,
  usageNote,
  altText,
});

/**
 * The explainer's fields, hero image, body and tracked claims. Relations name documents: Strapi
 * relates each edition to the same locale's edition of the claim, map or actor.
 */
export const explainerData = ({ explainer, images }: ExplainerSeed, ids: SeededIds) => {
  const imagesByKey = Object.fromEntries(images.map((image) => [image.key, image]));
  const { heroImage, body, ...fields } = explainer;
  const blocks = body.map((block) => {
    switch (block.type) {
      case 'text':
        return { __component: 'conflict-explainer.rich-text', content: paragraphsToBlocks(block.paragraphs) };
      case 'section':
        return { __component: 'conflict-explainer.section-heading', question: block.question };
      case 'image':
        return { __component: 'conflict-explainer.credited-image', ...creditedImage(imagesByKey[block.image], ids.files[block.image]) };
      case 'map':
        return { __component: 'conflict-explainer.map-embed', map: ids.maps[block.map], caption: block.caption };
      case 'claim':
        return { __component: 'conflict-explainer.claim-embed', claim: ids.claims[block.claim] };
      case 'quote':
        return {
          __component: 'conflict-explainer.quote',
          text: block.text,
          speaker: block.speaker ? ids.actors[block.speaker] : undefined,
          attribution: block.attribution,
          sourceUrl: block.sourceUrl,
        };
    }
  });
  return {
    ...fields,
    heroImage: creditedImage(imagesByKey[heroImage], ids.files[heroImage]),
    body: blocks,
    claims: Object.values(ids.claims),
  };
};
