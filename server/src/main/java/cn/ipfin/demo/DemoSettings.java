package cn.ipfin.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo district: how many enterprises, from which seed, and the one password of every demo login.
 * Used only by the demo profile.
 */
@ConfigurationProperties("ipfin.demo")
record DemoSettings(int enterprises, long seed, String password) {
}
