import { foldAccents } from "./fold";

// Words that name what someone was (a role or a degree) rather than where: they decide which part of
// "*2023.08 - 2024.12*, **Master degree**, Johns Hopkins University" is the organisation.
const ROLE =
  /\b(?:interns?|internships?|researchers?|scientists?|engineers?|developers?|assistants?|associates?|professors?|lecturers?|instructors?|post-?docs?|postdoctoral|fellows?|fellowship|students?|candidates?|visiting|visitor|guest|managers?|directors?|lead|head|founders?|co-founders?|cto|ceo|consultants?|analysts?|chair|members?|advisors?|teaching|tutors?|ph\.?\s?d\.?|doctoral|doctorate|masters?|master's|m\.?\s?sc?\.?|m\.?\s?eng\.?|m\.?\s?phil\.?|mba|bachelors?|bachelor's|b\.?\s?sc?\.?|b\.?\s?eng\.?|b\.?\s?a\.?|basc|undergraduate|graduate|degree|diploma|major|minor|exchange|thesis|staff|employee)(?![\p{L}])/iu;

// Words that name an institution or a company.
const ORGANIZATION =
  /\b(?:universit|univ\.|institut|college|school|academy|academia|laborator|labs?\b|centre|center|hospital|inc\b|corp|ltd|llc|gmbh|company|foundation|ministry|agency|council|observatory|polytechnic|politecnico|ecole|école|eth\b|epfl|mit\b|cnrs|inria|max planck|google|microsoft|meta\b|amazon|apple|nvidia|ibm|deepmind|openai|alibaba|tencent|baidu|bytedance|huawei|samsung|adobe|intel\b)/iu;

export function namesRole(text: string): boolean {
  return ROLE.test(foldAccents(text));
}

export function namesOrganization(text: string): boolean {
  return ORGANIZATION.test(foldAccents(text));
}
