# placeholder until translated
