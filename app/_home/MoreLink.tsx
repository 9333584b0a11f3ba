export function MoreLink({ href, children }: { href: string; children: string }) {
  return (
    <p className="mt-6">
      <a href={href} className="text-sm font-medium link">
        {children}
        <span aria-hidden="true"> →</span>
      </a>
    </p>
  );
}
