/**
 * Homepages in the dialects researchers already write (AcadHomepage and
 * academicpages about pages, al-folio, Hugo, Hexo, Quarto, profile READMEs),
 * mixed at random: their headings, news dates, experience and education
 * shapes, publication entries, raw HTML and template code. For property
 * tests: whatever the parser makes of a shape, no word may be lost.
 */
import fc from "fast-check";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = ["January", "March", "September", "November"];

const word = fc.oneof(
  fc.constantFrom("sediment", "Zürich", "naïve", "数据集", "lattice", "NeurIPS", "Okafor", "café", "straße", "ranking"),
  fc.stringMatching(/^[A-Za-z][a-z]{2,9}$/),
);
const phrase = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(" "));
const capitalised = word.map((text) => text.charAt(0).toUpperCase() + text.slice(1));
const person = fc.tuple(capitalised, capitalised).map(([given, family]) => `${given} ${family}`);
const organization = fc.oneof(
  fc
    .tuple(fc.constantFrom("University of", "Institute for", "College of"), capitalised)
    .map((parts) => parts.join(" ")),
  fc.tuple(capitalised, fc.constantFrom("Labs", "Research", "University", "Inc.", "")).map((parts) => parts.join(" ")),
);
const role = fc.oneof(
  fc.constantFrom("Research Intern", "PhD student", "Staff Engineer", "Master degree", "B.Sc. in Physics", "Postdoc"),
  phrase,
);
const place = fc.constantFrom("Bergen", "Springfield, USA", "Lyon, France");

const year = fc.integer({ min: 1998, max: 2030 });
const month = fc.integer({ min: 1, max: 12 });
const twoDigits = (value: number) => String(value).padStart(2, "0");
const monthName = month.map((value) => MONTHS[value - 1] ?? "Jan");

/** Every form of news date the issue lists, and some that cannot be read. */
const newsDate = fc.oneof(
  fc.tuple(month, year).map(([m, y]) => `[${twoDigits(m)}/${y}]`),
  fc.tuple(month, year).map(([m, y]) => `\\[${twoDigits(m)}/${y}\\]`),
  fc.tuple(year, month).map(([y, m]) => `${y}.${twoDigits(m)}`),
  fc.tuple(year, month).map(([y, m]) => `*${y}.${twoDigits(m)}*:`),
  fc.tuple(monthName, year).map(([m, y]) => `**[${m}. ${y}]**`),
  fc.tuple(fc.constantFrom(...LONG_MONTHS), year).map(([m, y]) => `**${m} ${y}**:`),
  fc.tuple(monthName, year).map(([m, y]) => `${m} ${y} —`),
  fc.tuple(year, month, fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${twoDigits(m)}-${twoDigits(d)}:`),
  fc.tuple(year, month).map(([y, m]) => `[${y}.${twoDigits(m)}] 🎉`),
  fc.tuple(year, month).map(([y, m]) => `[${y}.${twoDigits(m)}] &nbsp;🎉`),
  year.map((y) => `**${y}**：`),
  year.map((y) => `Sept ${y}`),
  year.map((y) => `[${y}]`),
  year.map((y) => `${y}.xx:`),
  fc
    .tuple(fc.constantFrom(...LONG_MONTHS), fc.integer({ min: 1, max: 28 }), year)
    .map(([m, d, y]) => `🎯 ${m} ${d}, ${y}.`),
  fc.tuple(fc.integer({ min: 4, max: 28 }), monthName, year).map(([d, m, y]) => `**${d}th ${m} ${y}:**`),
  fc.constantFrom("2025 Sept:", "2025年5月:", "**🔥 2024.05**:"),
);
/** Dates without a year, written under a year heading. */
const yearlessDate = fc.oneof(
  fc.tuple(fc.integer({ min: 4, max: 28 }), monthName).map(([d, m]) => `**${d}th ${m}:**`),
  monthName.map((m) => `${m}:`),
);

const inline = fc.oneof(
  { weight: 4, arbitrary: phrase },
  fc
    .tuple(phrase, fc.constantFrom("https://example.org/a", "#", "/local.pdf"))
    .map(([text, href]) => `[${text}](${href})`),
  phrase.map((text) => `**${text}**`),
  phrase.map((text) => `<a href="https://example.org/raw">${text}</a>`),
  fc.constantFrom("🎉", "&nbsp;", "<br>", "!"),
);
const sentence = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(" "));

const newsItem = fc.tuple(newsDate, sentence).map(([date, text]) => `${date} ${text}`);
const news = fc.oneof(
  fc.tuple(fc.constantFrom(...LONG_MONTHS), year, sentence).map(([m, y, text]) => `* ${m}, ${y}. ${text}`),
  // A timeline: the date set apart after the text, or in a block of its own before it.
  fc
    .tuple(sentence, year, month)
    .map(([text, y, m]) => `<ul>\n<li>🎉 ${text} <div style="float: right;">${y}.${twoDigits(m)}</div></li>\n</ul>`),
  fc
    .tuple(year, sentence)
    .map(([y, text]) => `<div class="news-item">\n<div class="news-year">${y}</div>\n<div>${text}</div>\n</div>`),
  fc
    .tuple(newsItem, newsItem)
    .map(([first, second]) => `<div class="news" markdown="1">\n- ${first}\n- ${second}\n</div>`),
  fc.array(newsItem, { minLength: 1, maxLength: 5 }).map((items) => items.map((item) => `- ${item}`).join("\n")),
  // A loose list: blank lines between the items.
  fc.array(newsItem, { minLength: 1, maxLength: 4 }).map((items) => items.map((item) => `- ${item}`).join("\n\n")),
  fc
    .tuple(fc.array(newsItem, { minLength: 1, maxLength: 4 }), fc.constantFrom("<br>\n", "  \n", "\n", "\n\n"))
    .map(([items, separator]) => items.join(separator)),
  fc
    .tuple(year, fc.array(fc.tuple(yearlessDate, sentence), { minLength: 1, maxLength: 3 }))
    .map(([y, items]) => `#### ${y}\n${items.map(([date, text]) => `- ${date} ${text}`).join("\n")}`),
);

const period = fc.oneof(
  fc.tuple(monthName, year, monthName, year).map(([m1, y1, m2, y2]) => `${m1} ${y1} - ${m2} ${y2}`),
  fc.tuple(year, month).map(([y, m]) => `${y}.${twoDigits(m)} - Present`),
  fc.tuple(year, year).map(([y1, y2]) => `${y1} – ${y2}`),
  fc.tuple(monthName, year).map(([m, y]) => `${m} ${y} - Now`),
  year.map(String),
);

/** Experience and education, one entry or a few, in the shapes homepages use. */
const position = fc.oneof(
  fc.tuple(organization, role, period).map(([org, what, when]) => `- **${org}**, ${what}, ${when}`),
  fc.tuple(period, organization, role).map(([when, org, what]) => `- *${when}*, ${org}, ${what}`),
  fc
    .tuple(period, role, phrase, organization, place)
    .map(([when, what, field, org, where]) => `- *${when}*, **${what}**, ${field}, ${org}, ${where}.`),
  fc
    .tuple(year, role, organization)
    .map(([y, what, org]) => `- [${y}.06 - present]--**${what}**\n  - [${org}](https://example.org/org).`),
  fc
    .tuple(organization, role, period, role, period)
    .map(([org, r1, p1, r2, p2]) => `### ${org}\n\n**${r1}** - *${p1}*\n**${r2}** - *${p2}*`),
  fc
    .tuple(organization, role, period, role, period)
    .map(([org, r1, p1, r2, p2]) => `- **${org}**\n  - ${r1}, ${p1}\n  - ${r2}, ${p2}`),
  fc
    .tuple(role, organization, period, phrase)
    .map(([what, org, when, detail]) => `**${what}**, **[${org}](https://example.org)**, *${when}*\n\n- ${detail}`),
  fc.tuple(organization, role, period).map(([org, what, when]) => `**${org}**\\\n${what}\\\n${when}`),
  fc
    .tuple(role, organization, place, period)
    .map(([what, org, where, when]) => `### ${what}\n*${org}, ${where}* *${when}*`),
  fc.tuple(organization, period, role).map(([org, when, what]) => `#### ${org}\n${when}  \n${what}  \n${what}`),
  fc
    .tuple(organization, role, period)
    .map(([org, what, when]) => `<dl>\n<dt>${org}</dt>\n<dd>${what}, ${when}</dd>\n</dl>\n`),
  fc.tuple(organization, role).map(([org, what]) => `**${org}**, ${what}`),
  fc.tuple(year, role, organization).map(([y, what, org]) => `* ${y}: ${what} from [${org}](https://example.org/org)`),
  fc
    .tuple(role, organization, year, phrase)
    .map(([what, org, y, note]) => `* ${what}, [${org}](https://example.org/org), ${y}. Grade: ${note}.`),
  fc
    .tuple(organization, role, period)
    .map(([org, what, when]) => `<img src="logo.png" alt="logo" />\n* **${org}**  \n${what}, ${when}`),
);

const authors = fc
  .tuple(fc.array(person, { minLength: 1, maxLength: 3 }), fc.constantFrom("*", "#", "†", "$^\\dagger$", ""))
  .map(([names, mark]) => [...names.slice(0, 1), `**Ada Example**${mark}`, ...names.slice(1)].join(", "));
const venue = fc.constantFrom(
  "ICML 2024",
  "In Proc. of ACL 2023.",
  "arXiv preprint",
  "NeurIPS'24",
  "In ICML2025",
  "TMLR",
);

/** Publication entries in the shapes the issue lists (typed or not, their words must stay). */
const publication = fc.oneof(
  fc
    .tuple(phrase, authors, venue)
    .map(
      ([title, by, where]) =>
        `- [**${title}**](https://example.org/p)\n  ${by}\n  ${where}\n  [\\[Paper\\]](https://example.org/p)`,
    ),
  fc.tuple(phrase, authors, venue).map(([title, by, where]) => `1. **${title}**<br>\n   ${by}<br>\n   *${where}*`),
  fc.tuple(phrase, authors, venue).map(([title, by, where]) => `**${title}**  \n${by}  \n${where}`),
  fc.tuple(phrase, authors, venue).map(([title, by, where]) => `### ${title}\n\n${by}\n\n${where}`),
  fc.tuple(authors, phrase, venue, year).map(([by, title, where, y]) => `- ${by}. "${title}." ${where}, ${y}.`),
  fc.tuple(year, phrase, authors).map(([y, title, by]) => `- ${y} - **${title}**, ${by}`),
  fc.tuple(phrase, authors).map(([title, by]) => `- [ICML 2024] **${title}**, ${by}`),
  fc.tuple(phrase, authors).map(([title, by]) => `- <a href="https://example.org/raw">${title}</a>, ${by}`),
  fc
    .tuple(phrase, authors, venue)
    .map(
      ([title, by, where]) =>
        `<div class='paper-box'><div class='paper-box-image'><div><div class="badge">${where}</div><img src='a.png' alt="sym" width="100%"></div></div>\n<div class='paper-box-text' markdown="1">\n\n[${title}](https://example.org/box)\n\n${by}\n\n</div>\n</div>\n`,
    ),
  // The box's markdown starting on the line after its `<div markdown="1">`, a journal named above the title.
  fc
    .tuple(year, phrase, phrase, authors)
    .map(
      ([y, journal, title, by]) =>
        `<div class='paper-box'><div class='paper-box-image'><div><div class="badge">${y}</div></div></div>\n<div class='paper-box-text' markdown="1">\n${journal}\n\n[${title}](https://example.org/box)\n\n${by}\n\n</div>\n</div>\n`,
    ),
  fc
    .tuple(venue, phrase, authors)
    .map(
      ([where, title, by]) =>
        `<div class="pub" markdown="1">\n**1.** \`${where}\` [${title}](https://example.org/p) <br/>\n${by}. <br/>\n${where}. [Download](https://example.org/p.pdf)\n</div>\n`,
    ),
  fc.tuple(phrase, authors, venue).map(([title, by, where]) => `* ### ${title} <br>\n${by} <br>\n${where}`),
  fc.tuple(phrase, venue, authors).map(([title, where, by]) => `- [${title}], ${where}, ${by}`),
  fc
    .tuple(authors, year, phrase, phrase)
    .map(
      ([by, y, title, journal]) =>
        `- ${by}. (${y}) "${title}". <i>${journal}</i>, 30(7), 1944-1964. DOI: [10.5555/x.${y}](https://doi.org/10.5555/x.${y})`,
    ),
);

const sectionName = fc.oneof(
  fc.constantFrom(
    "News",
    "Recent News",
    "Updates",
    "What's New",
    "Experience",
    "Work Experience",
    "Internships",
    "Education",
    "Educations",
    "Publications",
    "Selected Publications",
    "Preprints",
    "Awards",
    "Talks",
  ),
  phrase,
);
const heading = fc
  .tuple(sectionName, fc.constantFrom("# ", "## ", "### ", "#### ", "# 🔥 ", "## 📝 ", "setext", "setext-2"))
  .map(([name, style]) => {
    if (style === "setext") return `${name}\n======`;
    if (style === "setext-2") return `${name}\n------`;
    return `${style}${name}`;
  });

const template = fc.constantFrom(
  "{% include_relative includes/news.md %}",
  "{% if site.stats %}\n{% assign x = site.data %}\n{% endif %}",
  "Built with {{ site.author }} in mind.",
  '{{< figure src="a.png" >}}',
  "{{% notice %}}\nA notice.\n{{% /notice %}}",
  "```liquid\n{% include sample.html %}\n```",
);

const section = fc
  .tuple(heading, fc.array(fc.oneof(news, position, publication, sentence, template), { minLength: 1, maxLength: 3 }))
  .map(([title, blocks]) => [title, ...blocks].join("\n\n"));

const frontMatter = fc.oneof(
  fc.constant('---\ntitle: "Ada Example"\n---\n'),
  fc.constant('---\ntitle: "About me"\npermalink: /\n---\n'),
  fc.constant('---\ntitle: ""\n---\n'),
  fc.constant("---\nauthor: Ada Example\ntitle: Home\n---\n"),
  fc.constant("---\nname: Ada Example\n---\n"),
  fc.constant("---\nlayout: page\ntitle: Publications\n---\n"),
  fc.constant("---\nwidget: blank\nheadless: true\ntitle: Latest News\n---\n"),
  fc.constant(""),
);
const titleHeading = fc.oneof(
  fc.constant(""),
  person.map((name) => `# ${name}\n\n`),
  person.map((name) => `# Hi there 👋, I'm ${name}\n\n`),
);

/** A whole homepage: front matter, maybe a title heading, a bio, then sections in any dialect. */
export const dialectProfile = fc
  .tuple(frontMatter, titleHeading, sentence, fc.array(section, { minLength: 1, maxLength: 5 }))
  .map(([head, title, bio, sections]) => `${head}${title}${bio}\n\n${sections.join("\n\n")}\n`);
