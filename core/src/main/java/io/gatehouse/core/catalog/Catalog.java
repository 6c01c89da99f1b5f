package io.gatehouse.core.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The request types Gatehouse handles. Requests of any other type are left alone. */
public final class Catalog {
  private final Map<String, RequestType> byId = new LinkedHashMap<>();

  public Catalog(List<RequestType> types) {
    for (RequestType type : types) {
      if (byId.putIfAbsent(type.id(), type) != null) {
        throw new IllegalArgumentException("request type id " + type.id() + " is listed twice");
      }
    }
  }

  /** The handled type with this service desk id, empty when Gatehouse does not handle it. */
  public Optional<RequestType> find(String requestTypeId) {
    return Optional.ofNullable(byId.get(requestTypeId));
  }

  public List<RequestType> types() {
    return List.copyOf(byId.values());
  }
}
