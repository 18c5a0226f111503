package uk.send.domain.reference;

public enum NeedCode { SPLD, MLD, SLD, PMLD, SEMH, SLCN, HI, VI, MSI, PD, ASD, OTH, NSA }
