import Link from "next/link";

export function MoreLink({ href, children }: { href: string; children: string }) {
  return (
    <p className="mt-6">
      <Link href={href} className="link text-sm font-medium">
        {children}
        <span aria-hidden="true"> →</span>
      </Link>
    </p>
  );
}
