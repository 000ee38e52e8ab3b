{
  "kind": "mcpctl.catalog-signatures",
  "signatures": [
    {
      "keyid": "47d5a7467707705d",
      "sig": "c441Z4sJWi5jQphK1hB4YA72eBvp8PkUezuKIpDux0aM8HIdmLc/D6qjLRVogTlOTEBz2wV350sR8t0v6wIxCg=="
    }
  ]
}
