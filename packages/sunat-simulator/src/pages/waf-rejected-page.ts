import { randomInt } from 'node:crypto';

/** A random 19-digit support ID, as the F5 BIG-IP prints. */
export function supportId(): string {
  let id = String(randomInt(1, 10));
  while (id.length < 19) id += String(randomInt(0, 10));
  return id;
}

/** The F5 firewall's ~245-byte "Request Rejected" page (served with HTTP 200). */
export function wafRejectedPage(id: string = supportId()): string {
  return (
    '<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. ' +
    `Please consult with your administrator.<br><br>Your support ID is: ${id}<br><br>` +
    "<a href='javascript:history.back();'>[Go Back]</a></body></html>"
  );
}
