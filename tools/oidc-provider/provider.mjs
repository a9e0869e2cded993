// A local OpenID Connect provider for the tests of social sign-in (oauth2-mock-server).
//
//   node tools/oidc-provider/provider.mjs [PORT] [--watch-stdin]   (PORT 0 or none: a free one)
//
// Prints `OIDC provider listening on http://127.0.0.1:PORT` once ready; that URL is the
// issuer. The authorize endpoint approves at once and redirects back with code and state.
// The subject (`sub`) of the next sign-in is, in order:
//   - the `login_hint` query parameter of that authorize request;
//   - the one last set with `POST /mock/subject` and a JSON body `{"sub": "..."}`;
//   - "johndoe".
// Stops on SIGTERM/SIGINT, and with --watch-stdin when its standard input closes (the test
// process that started it ended, however it ended).
import { createServer } from "node:http";
import { OAuth2Server } from "oauth2-mock-server";

const port = Number.parseInt(process.argv[2] ?? "0", 10);
const server = new OAuth2Server();
await server.issuer.keys.generate("RS256");

let defaultSubject = "johndoe";
const subjectOfCode = new Map();

const mock = server.service.requestHandler;
const http = createServer((req, res) => {
  if (req.method === "POST" && req.url === "/mock/subject") {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      let sub;
      try {
        sub = JSON.parse(body).sub;
      } catch {
        sub = undefined;
      }
      const ok = typeof sub === "string" && sub !== "";
      if (ok) defaultSubject = sub;
      res.writeHead(ok ? 200 : 400, { "content-type": "application/json" });
      res.end(JSON.stringify(ok ? { sub } : { error: "sub must be a non-empty string" }));
    });
    return;
  }
  mock(req, res);
});

server.service.on("beforeAuthorizeRedirect", (redirect, req) => {
  const code = redirect.url.searchParams.get("code");
  const hint = req.query.login_hint;
  subjectOfCode.set(code, typeof hint === "string" && hint !== "" ? hint : defaultSubject);
});

server.service.on("beforeTokenSigning", (token, req) => {
  const code = req.body?.code;
  const sub = subjectOfCode.get(code) ?? defaultSubject;
  token.payload.sub = sub;
});

server.service.on("beforeResponse", (_response, req) => {
  subjectOfCode.delete(req.body?.code);
});

await new Promise((resolve, reject) => {
  http.listen(port, "127.0.0.1").on("listening", resolve).on("error", reject);
});
server.issuer.url = `http://127.0.0.1:${http.address().port}`;
console.log(`OIDC provider listening on ${server.issuer.url}`);

const stop = async () => {
  http.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
if (process.argv.includes("--watch-stdin")) {
  process.stdin.on("end", stop);
  process.stdin.on("close", stop);
  process.stdin.resume();
}
