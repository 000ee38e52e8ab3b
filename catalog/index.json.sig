{
  "kind": "mcpctl.catalog-signatures",
  "signatures": [
    {
      "keyid": "47d5a7467707705d",
      "sig": "SZtv4S7oMfAYndjufEFYVpKLC60ul77HEgOKu8k3QsfArYMpm2Dx5Ff6lFk9PTAEEAw1uqjdK8/z0OgL3CZ1Aw=="
    }
  ]
}
