Domain: ${spec.domain}. Situation: ${spec.brief}
