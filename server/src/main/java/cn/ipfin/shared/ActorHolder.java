package cn.ipfin.shared;

/** Implemented by the authenticated principal, so that web code can get the {@link Actor} without knowing how users are stored. */
public interface ActorHolder {
    Actor actor();

    String displayName();
}
