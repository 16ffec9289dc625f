"""Token and key auth types: JWT, ASAP, Akamai EdgeGrid, OAuth 1.0 with RSA signatures. Keys come from
fixtures/keys/ through environment variables; times, nonces and token ids are fixed so that every deterministic
signature must match Newman's byte for byte (PS*/ES* signatures are random: the harness masks them, and unit tests
verify postie's with the public key)."""
import base64
import os

from make import C, R, case, raw
from cases_auth import typed, FORM

KEYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "fixtures", "keys")


def key(name):
    with open(os.path.join(KEYS, name), encoding="ascii") as f:
        return f.read()


def der_of(pem):
    return base64.b64decode("".join(line for line in pem.splitlines() if not line.startswith("-----")))


KEY_ENV = {
    "who": "me",
    "rsaKey": key("rsa-2048.pem"),
    "rsaPkcs1": key("rsa-2048-pkcs1.pem"),
    "ec256": key("ec-p256.pem"),
    "ec384": key("ec-p384.pem"),
    "ec521": key("ec-p521.pem"),
    "rsaDataUri": "data:application/pkcs8;kid=team/key-1;base64,"
                  + base64.b64encode(der_of(key("rsa-2048-pkcs1.pem"))).decode(),
}

# the claims of the request's token (base64url made base64 for Buffer)
CLAIMS = ("const p = JSON.parse(Buffer.from(pm.request.headers.get('Authorization').split('.')[1]"
          ".replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString());")


def jwt(**kv):
    base = dict(algorithm="HS256", secret="s3cr3t-{{who}}", payload='{"sub":"{{who}}","n":1.0,"2":"two","1":[1e21]}',
                header='{"typ":"JWT"}', addTokenTo="header", isSecretBase64Encoded=False)
    base.update(kv)
    return typed("jwt", **base)


case("auth-jwt",
     C("jwt", [
         R("hs256 bearer", path="/headers", auth=jwt()),
         R("hs384 base64 secret alg kept in place", path="/headers",
           auth=jwt(algorithm="HS384", secret="c2VjcmV0LWJ5dGVz_-x", isSecretBase64Encoded=True,
                    header='  {"alg":"none","typ":"JWT","kid":"k"}  ')),
         R("hs512 empty prefix", path="/headers", auth=jwt(algorithm="HS512", headerPrefix="")),
         R("custom prefix replaces user header", path="/headers", headers=[("authorization", "Basic x")],
           auth=jwt(headerPrefix="JWT")),
         R("query param", path="/get?jwt=old&a=1", auth=jwt(addTokenTo="queryParam", queryParamKey="jwt")),
         R("query param default key", path="/get?token=old", auth=jwt(addTokenTo="queryParam", payload="")),
         R("unknown target: token dropped", path="/headers", headers=[("Authorization", "kept")],
           auth=jwt(addTokenTo="body")),
         R("rs256", path="/headers", auth=jwt(algorithm="RS256", privateKey="{{rsaKey}}", secret="")),
         R("rs384", path="/headers", auth=jwt(algorithm="RS384", privateKey="{{rsaKey}}")),
         R("rs512", path="/headers", auth=jwt(algorithm="RS512", privateKey="{{rsaKey}}")),
         R("ps256 (random)", path="/headers", auth=jwt(algorithm="PS256", privateKey="{{rsaKey}}")),
         R("ps512 (random)", path="/headers", auth=jwt(algorithm="PS512", privateKey="{{rsaKey}}")),
         R("es256 (random)", path="/headers", auth=jwt(algorithm="ES256", privateKey="{{ec256}}")),
         R("es384 (random)", path="/headers", auth=jwt(algorithm="ES384", privateKey="{{ec384}}")),
         R("es512 (random)", path="/headers", auth=jwt(algorithm="ES512", privateKey="{{ec521}}")),
         R("invalid algorithm: unsigned", path="/headers", headers=[("Authorization", "kept")],
           auth=jwt(algorithm="hs256")),
         R("empty secret: unsigned", path="/headers", auth=jwt(secret="")),
         R("no private key: unsigned", path="/headers", auth=jwt(algorithm="RS256", privateKey="")),
         R("pkcs1 key: unsigned", path="/headers", auth=jwt(algorithm="RS256", privateKey="{{rsaPkcs1}}")),
         R("wrong curve: unsigned", path="/headers", auth=jwt(algorithm="ES384", privateKey="{{ec256}}")),
         R("array payload: unsigned", path="/headers", auth=jwt(payload="[1]")),
     ]),
     env=KEY_ENV)


def asap(**kv):
    base = dict(alg="RS256", kid="team/key-1", iss="issuer-{{who}}", aud="aud-1", privateKey="{{rsaKey}}",
                claims='{"jti":"fixed-jti","iat":1700000000,"exp":1700003600}')
    base.update(kv)
    return typed("asap", **base)


case("auth-asap",
     C("asap", [
         R("rs256 fixed claims", path="/headers", auth=asap()),
         R("claims win over params", path="/headers", headers=[("Authorization", "Basic x")],
           auth=asap(alg="RS512", sub="subject",
                     claims='{"iss":"claim-iss","aud":["a","b"],"x":{"y":1},"jti":"j","iat":1,"exp":"99x"}')),
         R("exp param", path="/headers", auth=asap(exp="60", claims='{"jti":"j2","iat":1600000000,"exp":"abc"}'),
           test="""
pm.test('exp from now', () => {
    """ + CLAIMS + """
    pm.expect(p.exp - Math.floor(Date.now() / 1000)).to.be.within(50, 61);
});
"""),
         R("data uri key", path="/headers", auth=asap(privateKey="{{rsaDataUri}}")),
         R("data uri other kid: unsigned", path="/headers", auth=asap(kid="other", privateKey="{{rsaDataUri}}")),
         R("ps256 (random)", path="/headers", auth=asap(alg="PS256")),
         R("es256 (random)", path="/headers", auth=asap(alg="ES256", privateKey="{{ec256}}")),
         R("generated jti and iat", path="/headers", auth=asap(claims=""), test="""
pm.test('jti is a uuid', () => {
    """ + CLAIMS + """
    pm.expect(p.jti).to.match(/^[0-9a-f-]{36}$/);
    pm.expect(p.exp - p.iat).to.equal(3600);
    pm.expect(Object.keys(p)).to.eql(['iat', 'iss', 'sub', 'jti', 'aud', 'exp']);
});
"""),
         R("missing aud: unsigned", path="/headers", auth=asap(aud="")),
         R("bad claims: unsigned", path="/headers", auth=asap(claims="{x")),
         R("hs256: unsigned", path="/headers", auth=asap(alg="HS256")),
         R("bad key: unsigned", path="/headers", auth=asap(privateKey="not a key")),
     ]),
     env=KEY_ENV)


def eg(**kv):
    base = dict(accessToken="akab-access-{{who}}", clientToken="akab-client", clientSecret="c2VjcmV0+/=",
                nonce="nonce-1", timestamp="20240102T03:04:05+0000", baseURL="", headersToSign="")
    base.update(kv)
    return typed("edgegrid", **base)


case("auth-edgegrid",
     C("edgegrid", [
         R("get with query", path="/get?b=2&a=x y", auth=eg()),
         R("headers to sign", path="/headers",
           headers=[("X-A", "  one \t two  "), ("x-b", "b"), ("X-Empty", "")],
           auth=eg(headersToSign=" X-A,x-b ,x-empty,x-missing")),
         R("post raw body hash", method="POST", path="/post", body=raw('{"a":"héllo"}', "json"), auth=eg()),
         R("post body cut at max size", method="POST", path="/post", body=raw("0123456789abcdef"),
           auth=eg(maxBodySize="10")),
         R("post zero max size", method="POST", path="/post", body=raw("abc"), auth=eg(maxBodySize="0")),
         R("post urlencoded", method="POST", path="/post", body=FORM, auth=eg()),
         R("put body not hashed", method="PUT", path="/put", body=raw("abc"), auth=eg()),
         R("base url host", path="/get", auth=eg(baseURL="https://akab-host.luna.akamaiapis.net/ignored")),
         R("replaces user header", path="/headers", headers=[("authorization", "Basic x")], auth=eg()),
         R("no secret: unsigned", path="/headers", headers=[("Authorization", "kept")], auth=eg(clientSecret="")),
         R("generated nonce and timestamp", path="/headers", auth=eg(nonce="", timestamp=""), test="""
pm.test('signed', () => pm.expect(pm.response.json().headers.authorization).to.match(
    /^EG1-HMAC-SHA256 client_token=akab-client;access_token=akab-access-me;timestamp=\\d{8}T\\d\\d:\\d\\d:\\d\\d\\+0000;nonce=[0-9a-f-]{36};signature=/));
"""),
     ]),
     env={"who": "me"}, files={"port.txt": "28481\n"})


def o1rsa(**kv):
    base = dict(consumerKey="ck-{{who}}", consumerSecret="", privateKey="{{rsaKey}}", token="tok",
                signatureMethod="RSA-SHA1", timestamp="1700000000", nonce="fixedNonce1", version="1.0",
                addParamsToHeader=True, addEmptyParamsToSign=False)
    base.update(kv)
    return typed("oauth1", **base)


case("auth-oauth1-rsa",
     C("oauth1 rsa", [
         R("rsa-sha1 header", path="/get?b=2&a=x y", auth=o1rsa()),
         R("rsa-sha256 query", path="/get?a=1", auth=o1rsa(signatureMethod="RSA-SHA256", addParamsToHeader=False)),
         R("rsa-sha512 urlencoded body", method="POST", path="/post", body=FORM,
           auth=o1rsa(signatureMethod="RSA-SHA512", addParamsToHeader=False)),
         R("rsa-sha256 body hash", method="PUT", path="/put", body=raw("hello"),
           auth=o1rsa(signatureMethod="RSA-SHA256", includeBodyHash=True)),
         R("pkcs1 key", path="/headers", auth=o1rsa(privateKey="{{rsaPkcs1}}")),
         R("bad key: unsigned", path="/headers", headers=[("Authorization", "gone")],
           auth=o1rsa(privateKey="not a key")),
         R("no key: nothing", path="/headers", headers=[("Authorization", "kept")], auth=o1rsa(privateKey="")),
     ]),
     env=KEY_ENV, files={"port.txt": "28482\n"})


def ntlm(**kv):
    base = dict(username="DOM\\bob", password="s3cret", domain="", workstation="ws")
    base.update(kv)
    return typed("ntlm", **base)


AUTHENTICATED = """
pm.test('authenticated', () => pm.expect(pm.response.json().authenticated).to.eql(true));
"""

case("auth-ntlm",
     C("ntlm", [
         R("down-level user name", path="/ntlm/s3cret", test=AUTHENTICATED, auth=ntlm()),
         R("principal name and domain param", path="/ntlm/s3cret", test=AUTHENTICATED,
           auth=ntlm(username="bob@dom.example", domain="Corp", workstation="")),
         R("wrong password ends on the 401", path="/ntlm/s3cret", auth=ntlm(password="nope")),
         R("retry disabled", path="/ntlm/s3cret", auth=ntlm(disableRetryRequest=True)),
         R("no challenge: one request, user header removed", path="/headers",
           headers=[("Authorization", "Basic x")], auth=ntlm()),
     ]),
     env={"who": "me"})
