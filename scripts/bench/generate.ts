/**
 * A deterministic large profile for the benchmark, in the seed's style.
 * (Stand-in until lib/profile/generate.ts lands; then this should delegate to it.)
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const VENUES = ["ICML", "NeurIPS", "ICLR", "ACL", "EMNLP", "AAAI", "IJCAI"];
const WORDS = ["Efficient", "Sparse", "Scalable", "Language", "Models", "Inference", "Training", "Networks", "Mixture", "Agents", "Compression", "Decoding", "Context", "Alignment", "Learning"];
const NAMES = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Édouard Lucas", "Emmy Noether", "Kurt Gödel", "Barbara Liskov"];

export function generateProfile(publications: number, updates = publications): string {
  let seed = 42;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const lines = ["---", 'title: "Jue Wang"', "date: 2025-07-01 16:00:00", "---", "", "Hello, I am a researcher working on [systems](https://example.org/).", "", "## Updates", ""];
  for (let i = 0; i < updates; i++) {
    const year = 2025 - Math.floor(i / 12);
    lines.push(`- ${MONTHS[11 - (i % 12)]} ${year}: We had a paper accepted to ${VENUES[next(VENUES.length)]} ${year}. See [the post](https://example.org/news/${i})!`);
  }
  lines.push("", "## Publications", "");
  for (let i = 0; i < publications; i++) {
    const year = 2025 - Math.floor(i / 20);
    const title = Array.from({ length: 6 }, () => WORDS[next(WORDS.length)]).join(" ");
    const authors = [...Array.from({ length: 3 }, () => NAMES[next(NAMES.length)]), "**Jue Wang**"].join(", ");
    lines.push(
      `- [**${title} ${i}**](https://arxiv.org/abs/${2000 + i}.${10000 + i})`,
      `  ${authors}`,
      `  In Proc. of ${VENUES[next(VENUES.length)]} ${year}.`,
      `  [\\[Paper\\]](https://arxiv.org/abs/${2000 + i}.${10000 + i}) [\\[Code\\]](https://github.com/example/p${i})`,
    );
  }
  lines.push("", "## Contact", "", "Email: someone@example.org", "");
  return lines.join("\n");
}
