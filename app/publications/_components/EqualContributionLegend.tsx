export function EqualContributionLegend() {
  return (
    <p>
      <span className="font-semibold text-accent">*</span> Equal contribution
    </p>
  );
}
