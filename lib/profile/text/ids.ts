/** Numbers a repeated base ("deja-vu", "deja-vu-2"): the one scheme for every id the site allocates. */
export function uniqueIds(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
