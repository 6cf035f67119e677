package cn.ipfin.party;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** bcrypt for every stored password; needed by the web application and the command line alike. */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The one password check of the pages and the API: bcrypt against app_user, throttled ({@link ThrottledSignIn}). */
    @Bean
    AuthenticationProvider signIn(UserAccounts accounts, PasswordEncoder passwords, LoginThrottle.Settings settings) {
        var check = new DaoAuthenticationProvider(accounts);
        check.setPasswordEncoder(passwords);
        return new ThrottledSignIn(check, new LoginThrottle(settings, System::nanoTime), settings.parallelHashes(),
                settings.hashWait());
    }
}
