import { ImageResponse } from "next/og";
import { getProfile } from "@/lib/profile";
import { SOCIAL_CARD_SIZE, SOCIAL_IMAGE_ID, socialCard } from "@/lib/publishing";

// Drawn once at build time with next/og's bundled font: no network, and a plain file in a static export.
export const dynamic = "force-static";

// One image, named like a file: a static host then serves it as image/png.
export function generateImageMetadata() {
  return [{ id: SOCIAL_IMAGE_ID, size: SOCIAL_CARD_SIZE, contentType: "image/png", alt: socialCard(getProfile()).alt }];
}

// The light theme's tokens from globals.css; an image has no colour scheme to follow.
const PAPER = "#fbfaf7";
const INK = "#1c1f24";
const MUTED = "#585e69";
const ACCENT = "#1f5c8f";
const LINE = "#e0dbd0";

export default function OpenGraphImage() {
  const card = socialCard(getProfile());
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "center",
        padding: "0 96px",
        backgroundColor: PAPER,
        borderLeft: `24px solid ${ACCENT}`,
      }}
    >
      <div style={{ display: "flex", fontSize: 88, color: INK, letterSpacing: -2, lineHeight: 1.1 }}>{card.name}</div>
      <div style={{ display: "flex", width: 160, height: 4, backgroundColor: LINE, margin: "40px 0" }} />
      {card.role && <div style={{ display: "flex", fontSize: 44, color: MUTED, lineHeight: 1.3 }}>{card.role}</div>}
      {card.affiliation && (
        <div style={{ display: "flex", fontSize: 44, color: ACCENT, lineHeight: 1.3 }}>{card.affiliation}</div>
      )}
    </div>,
    SOCIAL_CARD_SIZE,
  );
}
