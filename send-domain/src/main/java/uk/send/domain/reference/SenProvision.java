package uk.send.domain.reference;

public enum SenProvision { N, K, E }
