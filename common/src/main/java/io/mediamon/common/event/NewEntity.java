package io.mediamon.common.event;

/** A capitalised name the gazetteer does not know, reported so emerging parties surface. */
public record NewEntity(String name, int mentions) {
}
