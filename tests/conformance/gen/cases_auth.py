"""Signing auth types: OAuth 1.0, Hawk, OAuth 2.0 (token use), AWS Signature v4 (fixed times and nonces so
every signature must match Newman's byte for byte)."""
from make import C, R, auth, case, raw


def typed(kind, **kv):
    """An auth whose booleans are typed `boolean` (the `string` type turns false into the truthy "false")."""
    return {"type": kind, kind: [{"key": k, "value": v, "type": "boolean" if isinstance(v, bool) else "string"}
                                 for k, v in kv.items()]}

FORM = {"mode": "urlencoded", "urlencoded": [
    {"key": "name", "value": "a b+c"},
    {"key": "sym", "value": "!*'()~"},
    {"key": "off", "value": "x", "disabled": True},
    {"key": "oauth_nonce", "value": "stale"},
]}


def o1(**kv):
    base = dict(consumerKey="ck-{{who}}", consumerSecret="cs&secret", token="tok", tokenSecret="ts!",
                signatureMethod="HMAC-SHA1", timestamp="1700000000", nonce="fixedNonce1", version="1.0",
                addParamsToHeader=True, addEmptyParamsToSign=False)
    base.update(kv)
    return typed("oauth1", **base)


case("auth-oauth1-header",
     C("oauth1 header", [
         R("sha1 query params", path="/get?b=2&a=1&sp=x y&plus=1+2&bang=hi!&empty=&novalue&enc=%41%2F", auth=o1()),
         R("sha256 realm", path="/get?z=last", auth=o1(signatureMethod="HMAC-SHA256", realm="Photos & more")),
         R("sha512 no token", path="/headers", auth=o1(signatureMethod="HMAC-SHA512", token="", tokenSecret="")),
         R("plaintext", path="/headers", auth=o1(signatureMethod="PLAINTEXT")),
         R("post urlencoded signed", method="POST", path="/post?q=1", body=FORM, auth=o1()),
         R("callback verifier version empty", path="/headers",
           auth=o1(callback="http://cb.example/x?y=1", verifier="v 1", version="")),
         R("add empty params", path="/headers", auth=o1(token="", version="", addEmptyParamsToSign=True)),
         R("body hash raw", method="PUT", path="/put", body=raw('{"a":1}', "json"),
           headers=[("Content-Type", "application/json")], auth=o1(includeBodyHash=True, signatureMethod="HMAC-SHA256")),
         R("body hash empty", method="GET", path="/headers", auth=o1(includeBodyHash=True)),
         R("header encoding disabled", path="/headers", auth=o1(disableHeaderEncoding=True, realm="r é", token="t/k")),
         R("replaces user header and oauth query", path="/get?oauth_token=old&keep=1",
           headers=[("Authorization", "Basic old")], auth=o1()),
         R("no signature method", path="/headers", auth=o1(signatureMethod="")),
         R("no consumer secret: unsigned", path="/headers", auth=o1(consumerSecret="")),
         R("unknown method: unsigned", path="/get?x=a b", headers=[("Authorization", "keep?")],
           auth=o1(signatureMethod="HMAC-MD5")),
         R("booleans typed string are truthy", path="/get?q=1", auth=auth("oauth1", consumerKey="k", consumerSecret="s",
           timestamp="1600000000", nonce="n", addParamsToHeader=False)),
         R("capital S timeStamp ignored", path="/headers", test="""
pm.test('signed', () => pm.expect(pm.response.json().headers.authorization).to.match(/^OAuth oauth_consumer_key/));
""", auth=auth("oauth1", consumerKey="k", consumerSecret="s", timestamp="1600000000", timeStamp="1", nonce="n",
               addParamsToHeader=True)),
     ]),
     env={"who": "me"}, files={"port.txt": "28471\n"})

case("auth-oauth1-query-body",
     C("oauth1 query and body", [
         R("get to query", path="/get?b=2&a=x y&c=it's", auth=o1(addParamsToHeader=False)),
         R("post urlencoded to body", method="POST", path="/post?q=1", body=FORM, auth=o1(addParamsToHeader=False)),
         R("put urlencoded to body", method="PUT", path="/put", body=FORM,
           auth=o1(addParamsToHeader=False, signatureMethod="HMAC-SHA256")),
         R("patch urlencoded to query", method="PATCH", path="/patch", body=FORM, auth=o1(addParamsToHeader=False)),
         R("post raw to query", method="POST", path="/post", body=raw("hello"), auth=o1(addParamsToHeader=False,
                                                                                        includeBodyHash=True)),
         R("empty params to query", path="/get", auth=o1(addParamsToHeader=False, token="", addEmptyParamsToSign=True)),
         R("query without url encoding", path="/get?a=x~y&b=!", ppb={"disableUrlEncoding": True},
           auth=o1(addParamsToHeader=False, consumerKey="c+k!")),
         R("header without url encoding", path="/get?a=x~y&b=!", ppb={"disableUrlEncoding": True}, auth=o1()),
     ]),
     env={"who": "me"}, files={"port.txt": "28472\n"})


def hk(**kv):
    base = dict(authId="id-{{who}}", authKey="werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn", algorithm="sha256",
                user="u", nonce="fixed1", timestamp="1700000000", extraData="", app="", delegation="")
    base.update(kv)
    return typed("hawk", **base)


case("auth-hawk",
     C("hawk", [
         R("sha256 ext query", path="/get?b=2&a=x y", auth=hk(extraData="some-app-ext-data")),
         R("sha1 app dlg", path="/headers", auth=hk(algorithm="sha1", app="my-app", delegation="dlg-1")),
         R("app without dlg", path="/headers", auth=hk(app="my-app")),
         R("payload hash raw json", method="POST", path="/post", body=raw('{"a":1}', "json"),
           headers=[("Content-Type", "Application/JSON; charset=utf-8")], auth=hk(includePayloadHash=True)),
         R("payload hash urlencoded no content type", method="POST", path="/post", body=FORM,
           auth=hk(includePayloadHash=True, algorithm="sha1")),
         R("payload hash empty body", method="GET", path="/headers", auth=hk(includePayloadHash=True)),
         R("ext escaping", path="/headers", auth=hk(extraData='a\\b"c\\d"\nx')),
         R("unknown algorithm: empty header", path="/headers", auth=hk(algorithm="md5")),
         R("replaces user header", path="/headers", headers=[("authorization", "Basic x")], auth=hk()),
         R("no key: unsigned", path="/headers", auth=hk(authKey="")),
         R("generated nonce and timestamp", path="/headers", auth=hk(nonce="", timestamp="abc"), test="""
pm.test('signed', () => pm.expect(pm.response.json().headers.authorization).to.match(/^Hawk id="id-me", ts="abc", nonce="[A-Za-z0-9]{6}", mac="/));
"""),
         R("generated timestamp", path="/headers", auth=hk(timestamp=""), test="""
pm.test('signed', () => pm.expect(pm.response.json().headers.authorization).to.match(/^Hawk id="id-me", ts="\\d{10}", nonce="fixed1", mac="/));
"""),
     ]),
     env={"who": "me"}, files={"port.txt": "28473\n"})


def o2(**kv):
    return typed("oauth2", **kv)


case("auth-oauth2",
     C("oauth2", [
         R("header default prefix", path="/headers", auth=o2(accessToken="{{tok}}", tokenType="Bearer")),
         R("custom prefix trimmed", path="/headers", auth=o2(accessToken="t1", headerPrefix="  Token  ")),
         R("empty prefix", path="/headers", auth=o2(accessToken="t2", headerPrefix="")),
         R("query", path="/get?a=1&access_token=old", auth=o2(accessToken="t 3&x", addTokenTo="queryParams")),
         R("replaces user header", path="/headers", headers=[("AUTHORIZATION", "Basic x")],
           auth=o2(accessToken="t4", addTokenTo="header")),
         R("mac token type: nothing", path="/headers", headers=[("Authorization", "kept")],
           auth=o2(accessToken="t5", tokenType="MAC")),
         R("unknown placement: header removed", path="/headers", headers=[("Authorization", "gone")],
           auth=o2(accessToken="t6", addTokenTo="body")),
         R("no token: nothing", path="/headers", headers=[("Authorization", "kept")], auth=o2(accessToken="")),
         R("full oauth2 export", path="/headers", auth=o2(accessToken="t7", tokenName="n", grant_type="client_credentials",
                                                           accessTokenUrl="{{baseUrl}}/token", clientId="c",
                                                           clientSecret="s", addTokenTo="header")),
     ]),
     env={"who": "me", "tok": "tok-env"})

DATE = [("Date", "Sun, 30 Aug 2015 12:36:00 GMT")]


def aws(**kv):
    base = dict(accessKey="AKIDEXAMPLE", secretKey="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", region="", service="")
    base.update(kv)
    return typed("awsv4", **base)


case("auth-awsv4",
     C("awsv4", [
         R("get defaults query", path="/get?b=2&a=x y&a=1&Param=é", headers=DATE, auth=aws()),
         R("post raw s3 session token", method="POST", path="/post",
           headers=DATE + [("Content-Type", "application/json"), ("X-Custom", "  a   b  ")],
           body=raw('{"a":1}', "json"), auth=aws(service="s3", region="eu-west-1", sessionToken="tok/en=")),
         R("s3 get no body", path="/some//path/x", headers=DATE, auth=aws(service="s3")),
         R("path normalised", path="/a//b/c d", headers=DATE, auth=aws(service="email", region="eu-west-1")),
         R("urlencoded body", method="PUT", path="/put", headers=DATE, body={"mode": "urlencoded", "urlencoded": [
             {"key": "k", "value": "v w"}]}, auth=aws()),
         R("replaces old signature", path="/get?X-Amz-Signature=old&keep=1",
           headers=DATE + [("authorization", "x"), ("x-amz-date", "y")], auth=aws()),
         R("to query", path="/get?q=1", headers=DATE, auth=aws(addAuthDataToQuery=True, sessionToken="st")),
         R("to query s3", path="/get", headers=DATE, auth=aws(addAuthDataToQuery=True, service="s3")),
         R("current time", path="/headers", auth=aws(), test="""
pm.test('signed', () => pm.expect(pm.response.json().headers.authorization).to.match(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\\/\\d{8}\\/us-east-1\\/execute-api\\/aws4_request, SignedHeaders=host;x-amz-date, Signature=[0-9a-f]{64}$/));
pm.test('date', () => pm.expect(pm.response.json().headers['x-amz-date']).to.match(/^\\d{8}T\\d{6}Z$/));
"""),
     ]),
     files={"port.txt": "28474\n"})
