/** JSON for a <script type="application/json"> or "application/ld+json" block: "<" escaped so no text can close the element. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
