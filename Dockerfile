# postie as a container image: a static (musl) binary on an empty base, usable where the
# postman/newman image is: `docker run --rm -v "$PWD:/etc/newman" postie run collection.json`.
# Build: docker build -t postie .   (for arm64: --build-arg TARGET=aarch64-unknown-linux-musl
# on an arm64 builder)
ARG TARGET=x86_64-unknown-linux-musl

FROM rust:1-bookworm AS build
ARG TARGET
RUN apt-get update \
    && apt-get install -y --no-install-recommends musl-tools ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && rustup target add "$TARGET"
WORKDIR /src
COPY . .
RUN cargo build --release --locked --target "$TARGET" \
    && cp "target/$TARGET/release/postie" /postie \
    && /postie -v \
    && mkdir -m 1777 /scratch-tmp

FROM scratch
COPY --from=build /postie /usr/local/bin/postie
# the json and html reporters spool executions to a temporary file
COPY --from=build /scratch-tmp /tmp
# the system trust store postie reads (SSL_CERT_FILE and --ssl-extra-ca-certs add to it)
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
# the postman/newman image's working directory: mount the collection folder here
WORKDIR /etc/newman
ENTRYPOINT ["postie"]
CMD ["--help"]
