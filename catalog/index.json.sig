{
  "kind": "mcpctl.catalog-signatures",
  "signatures": [
    {
      "keyid": "47d5a7467707705d",
      "sig": "tt8vqrQZCfkIFDl+RyffpZWbNXdAl5eaFAGPrLUGo5HwfAQWsG9zoq4WFbvlG6CswB6dQxf1ZO6xDyaxgEc/BQ=="
    }
  ]
}
